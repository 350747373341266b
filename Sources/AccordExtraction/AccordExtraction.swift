/// Article reading and the extractor: pure functions from text to `AccordCore` values.
public enum AccordExtraction {}
