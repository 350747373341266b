import Hummingbird

/// The smallest Hummingbird server: `GET /` answers "Hello, world!". scripts/bench-web.sh measures it
/// beside `accord serve` so the API's throughput is read against the framework's own ceiling.
/// Usage: HelloWorld [PORT] (default 8081), bound to 127.0.0.1.
let port = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 8081
let router = Router()
router.get("/") { _, _ in "Hello, world!" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
