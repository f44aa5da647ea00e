import Catalogue
import NIOConcurrencyHelpers

/// The catalogue currently served, swapped atomically on reload.
///
/// A request takes ``current`` once and renders from that value, so a reload in the middle of a
/// request never mixes two directories. Reading costs one uncontended lock and a retain.
public final class CatalogueStore: Sendable {
    private let box: NIOLockedValueBox<(catalogue: Catalogue, generation: Int)>

    public init(_ catalogue: Catalogue) {
        box = NIOLockedValueBox((catalogue, 0))
    }

    /// The catalogue to answer the next request from.
    public var current: Catalogue { box.withLockedValue { $0.catalogue } }

    /// The current catalogue and its generation, which grows by one on every ``replace(with:)``:
    /// caches of rendered pages compare generations to know when to start over.
    public var currentWithGeneration: (catalogue: Catalogue, generation: Int) { box.withLockedValue { $0 } }

    /// Replaces the catalogue; requests already running finish on the old one.
    public func replace(with catalogue: Catalogue) {
        box.withLockedValue { $0 = (catalogue, $0.generation + 1) }
    }
}
