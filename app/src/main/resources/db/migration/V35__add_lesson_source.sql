-- A lesson kept from an imported article says which article it came from; a lesson of a trip report has none.
ALTER TABLE lessons ADD COLUMN source text;
