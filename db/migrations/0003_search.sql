-- Full-text search over statements, stemmed (porter over unicode61, diacritics folded).
CREATE VIRTUAL TABLE statement_fts USING fts5 (
  text, speaker,
  content = 'statement', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
  INSERT INTO statement_fts (rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker, ''));
END;
CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
  INSERT INTO statement_fts (statement_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
END;
-- Statements stored before this migration are indexed too.
INSERT INTO statement_fts (statement_fts) VALUES ('rebuild');
