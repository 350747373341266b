/// Server-rendered pages: pure functions from store records and a `PageContext` to a complete HTML document.
///
/// Every string that came from an article or a user is escaped (`HTML.escape`); pages work without
/// JavaScript, carry a language switch, and every form a hidden `csrf` field.
public enum Views {}
