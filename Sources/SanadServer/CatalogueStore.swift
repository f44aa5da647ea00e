import Catalogue
import NIOConcurrencyHelpers

/// The catalogue currently served, swapped atomically on reload.
///
/// A request takes ``current`` once and renders from that value, so a reload in the middle of a
/// request never mixes two directories. Reading costs one uncontended lock and a retain.
public final class CatalogueStore: Sendable {
    private let box: NIOLockedValueBox<Catalogue>

    public init(_ catalogue: Catalogue) {
        box = NIOLockedValueBox(catalogue)
    }

    /// The catalogue to answer the next request from.
    public var current: Catalogue { box.withLockedValue { $0 } }

    /// Replaces the catalogue; requests already running finish on the old one.
    public func replace(with catalogue: Catalogue) {
        box.withLockedValue { $0 = catalogue }
    }
}
