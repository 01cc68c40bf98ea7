-- Phụ lục of the trip report: the list of documents, photos and materials attached to it, as the secretary writes it.
ALTER TABLE trip_reports ADD COLUMN appendices text;
