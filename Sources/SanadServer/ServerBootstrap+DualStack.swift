import NIOCore
import NIOPosix

extension ServerBootstrap {
    /// Sets `IPV6_V6ONLY` on the listening socket when `on`.
    ///
    /// Linux binds an IPv6 wildcard socket dual-stack by default (`net.ipv6.bindv6only=0`), so
    /// `0.0.0.0` and `::` on the same port would collide with "Address already in use". An IPv6
    /// socket that shares its port with an IPv4 one is therefore made IPv6-only; `::` alone
    /// stays dual-stack and answers both.
    func ipv6Only(_ on: Bool) -> ServerBootstrap {
        on ? serverChannelOption(ChannelOptions.Types.SocketOption(level: .ipv6, name: .ipv6_v6only), value: 1) : self
    }

    /// Whether `host` is an IPv6 address that shares `port` with an IPv4 listener in `endpoints`.
    static func needsIPv6Only(host: String, port: Int, among endpoints: [(host: String, port: Int)]) -> Bool {
        host.contains(":") && port != 0 && endpoints.contains { !$0.host.contains(":") && $0.port == port }
    }
}
