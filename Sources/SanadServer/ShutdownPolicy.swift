import Logging
import ServiceLifecycle

/// How `sanad serve` stops: SIGTERM or SIGINT start a graceful shutdown in which the listeners
/// close, in-flight Gopher and Gemini responses finish (bounded by the request deadlines) and
/// every line session gets a goodbye line and is closed; then the process exits 0.
///
/// ``gracePeriod`` bounds the whole drain: past it the services are cancelled, so a stuck
/// connection can never hold a restart (systemd's `TimeoutStopSec` and `docker stop -t` must
/// be longer).
public enum ShutdownPolicy {
    /// The longest a graceful shutdown may take before the services are cancelled.
    public static let gracePeriod: Duration = .seconds(30)
    /// The longest cancellation may take before the group gives up on a service.
    public static let cancellationPeriod: Duration = .seconds(5)

    /// The service group `sanad serve` runs. Services stop in reverse order, so put the
    /// reloader first (a reload in progress finishes) and the fronts after it.
    public static func serviceGroup(
        _ services: [any Service], trapSignals: Bool = true, gracePeriod: Duration = ShutdownPolicy.gracePeriod,
        logger: Logger
    ) -> ServiceGroup {
        var configuration = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: trapSignals ? [.sigterm, .sigint] : [], logger: logger
        )
        configuration.maximumGracefulShutdownDuration = gracePeriod
        configuration.maximumCancellationDuration = cancellationPeriod
        return ServiceGroup(configuration: configuration)
    }
}
