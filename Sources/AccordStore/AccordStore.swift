/// The registry: ingest, linking, status and search behind a store protocol.
public enum AccordStore {}
