import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage plus the peer's address, which
/// keys the limit on authentication failures.
public struct AccordRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer (nil in router tests, which have no socket).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The peer's IP address, or "local" when there is none (tests, Unix sockets).
    public var clientKey: String { remoteAddress?.ipAddress ?? "local" }
}
