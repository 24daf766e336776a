-- Documents and the statements they are segmented into.
CREATE TABLE document (
  id          INTEGER PRIMARY KEY,
  series      TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  date        TEXT    NOT NULL,
  year        INTEGER NOT NULL,
  issuer      TEXT,
  source_url  TEXT,
  kind        TEXT,
  file_name   TEXT    NOT NULL,
  format      TEXT    NOT NULL CHECK (format IN ('txt', 'md', 'html')),
  hash        TEXT    NOT NULL UNIQUE,
  original    TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  imported_at TEXT    NOT NULL
);
CREATE INDEX document_series_date ON document (series, date);

CREATE TABLE statement (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  paragraph   INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  clause      INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('sentence', 'heading', 'clause')),
  speaker     TEXT,
  text        TEXT    NOT NULL
);
CREATE INDEX statement_document ON statement (document_id, start);
