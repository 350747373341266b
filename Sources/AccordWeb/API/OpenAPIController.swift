import Foundation
import Hummingbird

/// `/openapi.json`: the hand-written OpenAPI 3.1 document (`Resources/openapi.json`), which a
/// test keeps in step with the router's routes.
struct OpenAPIController {
    /// The document's bytes, read once.
    static let document: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"), let data = try? Data(contentsOf: url) else {
            return Array(#"{"error":"openapi.json missing from the package resources"}"#.utf8)
        }
        return Array(data)
    }()

    @Sendable func show(_ request: Request, context: AccordRequestContext) async throws -> Response {
        JSONBody.response(bytes: Self.document)
    }
}
