import Hummingbird
import Synchronization

/// Every route's path pattern and methods, as registered, so that a request whose path exists with
/// other methods is answered 405 with `Allow` (the router alone answers 404).
public final class RouteTable: Sendable {
    private let entries = Mutex<[(pattern: [Substring], methods: Set<String>)]>([])

    public init() {}

    /// Records `method` on `path` (HEAD comes with GET, as the router generates it).
    func add(_ path: String, method: HTTPRequest.Method) {
        let pattern = path.split(separator: "/")
        entries.withLock { entries in
            var methods: Set<String> = [method.rawValue]
            if method == .get { methods.insert(HTTPRequest.Method.head.rawValue) }
            if let i = entries.firstIndex(where: { $0.pattern == pattern }) {
                entries[i].methods.formUnion(methods)
            } else {
                entries.append((pattern, methods))
            }
        }
    }

    /// The methods the route of `path` answers, sorted; nil when no route has that path. Where several
    /// patterns match, the most specific wins (literal segments before parameters, as the router does).
    public func allowedMethods(for path: String) -> [String]? {
        let segments = path.split(separator: "/")
        return entries.withLock { entries in
            var best: (score: [Int], methods: Set<String>)?
            for e in entries {
                guard let score = Self.match(e.pattern, segments) else { continue }
                if let current = best, score == current.score {
                    best?.methods.formUnion(e.methods)
                } else if best == nil || best!.score.lexicographicallyPrecedes(score) {
                    best = (score, e.methods)
                }
            }
            return best.map { $0.methods.sorted() }
        }
    }

    /// Per segment 2 for a literal match, 1 for a parameter; nil when the pattern does not match.
    private static func match(_ pattern: [Substring], _ path: [Substring]) -> [Int]? {
        var score: [Int] = []
        for (i, p) in pattern.enumerated() {
            if p == "**" { return score + [0] }
            guard i < path.count else { return nil }
            if p == "*" || p.hasPrefix(":") || (p.hasPrefix("{") && p.hasSuffix("}")) {
                score.append(1)
            } else if p == path[i] {
                score.append(2)
            } else {
                return nil
            }
        }
        return pattern.count == path.count ? score : nil
    }
}

/// Registers routes on the router and records them in a `RouteTable`.
public struct RecordingRouter<Context: RequestContext>: RouterMethods {
    let router: Router<Context>
    let table: RouteTable

    @discardableResult public func on<Responder: HTTPResponder>(
        _ path: RouterPath, method: HTTPRequest.Method, responder: Responder
    ) -> Self where Responder.Context == Context {
        table.add(path.description, method: method)
        router.on(path, method: method, responder: responder)
        return self
    }

    @discardableResult public func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self {
        router.add(middleware: middleware)
        return self
    }
}

/// Answers a method the path does not take with 405 and `Allow`, before any handler runs.
public struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    let table: RouteTable

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let allowed = table.allowedMethods(for: request.uri.path), !allowed.contains(request.method.rawValue) {
            throw APIError(.methodNotAllowed, code: "method_not_allowed",
                           reason: "\(request.method.rawValue) is not allowed on \(request.uri.path); use \(allowed.joined(separator: ", "))",
                           headers: [.allow: allowed.joined(separator: ", ")])
        }
        return try await next(request, context)
    }
}
