-- Alignment: links between statements of two documents of a series, the positions they form,
-- and the term shifts seen between two documents. Written when a document is imported.
CREATE TABLE alignment (
  from_document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  to_document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  aligned_at       TEXT    NOT NULL,
  PRIMARY KEY (from_document_id, to_document_id)
);

CREATE TABLE link (
  id                INTEGER PRIMARY KEY,
  from_document_id  INTEGER NOT NULL,
  to_document_id    INTEGER NOT NULL,
  from_statement_id INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
  to_statement_id   INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
  similarity        REAL    NOT NULL,
  change            TEXT    NOT NULL CHECK (change IN ('unchanged', 'minor', 'substantive')),
  words_inserted    INTEGER NOT NULL,
  words_deleted     INTEGER NOT NULL,
  diff              TEXT    NOT NULL,
  FOREIGN KEY (from_document_id, to_document_id)
    REFERENCES alignment (from_document_id, to_document_id) ON DELETE CASCADE,
  UNIQUE (from_statement_id, to_statement_id)
);
CREATE INDEX link_documents ON link (from_document_id, to_document_id);
CREATE INDEX link_to_statement ON link (to_statement_id);

CREATE TABLE position (
  id     INTEGER PRIMARY KEY,
  series TEXT    NOT NULL,
  label  TEXT    NOT NULL
);
CREATE INDEX position_series ON position (series);

CREATE TABLE position_statement (
  position_id  INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
  PRIMARY KEY (position_id, statement_id)
) WITHOUT ROWID;
CREATE INDEX position_statement_statement ON position_statement (statement_id);

CREATE TABLE position_link (
  position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
  link_id     INTEGER NOT NULL REFERENCES link (id) ON DELETE CASCADE,
  PRIMARY KEY (position_id, link_id)
) WITHOUT ROWID;
CREATE INDEX position_link_link ON position_link (link_id);

CREATE TABLE term_shift (
  from_document_id INTEGER NOT NULL,
  to_document_id   INTEGER NOT NULL,
  from_term        TEXT    NOT NULL,
  to_term          TEXT    NOT NULL,
  count            INTEGER NOT NULL,
  examples         TEXT    NOT NULL,
  FOREIGN KEY (from_document_id, to_document_id)
    REFERENCES alignment (from_document_id, to_document_id) ON DELETE CASCADE,
  PRIMARY KEY (from_document_id, to_document_id, from_term, to_term)
);
