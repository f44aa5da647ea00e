import LineInterface
import Memberwise
import NIOCore

/// The limits of the line interface, each named with a default. Tests shorten the timeouts.
///
/// Connection counts (total and per address) and the TLS handshake deadline come from
/// ``ServerLimits`` and the shared ``ConnectionLimiter``: these are the limits only a long-lived,
/// interactive session needs.
@MemberwiseInit
public struct LineFrontLimits: Sendable, Hashable {
    /// The longest line, the most bytes between line endings, how many lines in a row may be
    /// invalid UTF-8 and how many lines may arrive in one read before the connection is closed
    /// as a flood.
    public var input: TelnetInputDecoder.Limits = TelnetInputDecoder.Limits()
    /// Time without a complete line before the session closes.
    public var idleTimeout: TimeAmount = LineFrontLimits.defaultIdleTimeout
    /// How long before the idle timeout the user is warned.
    public var idleWarningBefore: TimeAmount = LineFrontLimits.defaultIdleWarningBefore
    /// The longest a session may last, however active.
    public var sessionLength: TimeAmount = LineFrontLimits.defaultSessionLength
    /// After a timeout or a flood, how long the last line may take to leave before the
    /// connection is closed anyway (a client that does not read must not hold it open).
    public var closeGrace: TimeAmount = LineFrontLimits.defaultCloseGrace
    /// Lines per screen before output pauses for `more`.
    public var screenHeight: Int = TextLayout.defaultScreenHeight

    public static let defaultIdleTimeout = TimeAmount.minutes(10)
    public static let defaultIdleWarningBefore = TimeAmount.minutes(1)
    public static let defaultSessionLength = TimeAmount.hours(1)
    public static let defaultCloseGrace = TimeAmount.seconds(10)

    /// When the idle warning fires, counted from the last line; nil when the warning would come
    /// at or before the start (a very short idle timeout gets no warning).
    var idleWarningAfter: TimeAmount? {
        let after = idleTimeout - idleWarningBefore
        return after > .zero ? after : nil
    }
}
