import Catalogue

/// The web front's name for ``PercentEncoding/encodePath(_:)``, the one path encoder.
///
/// Why it is still here: `HTMLRenderer` calls it, and that file is being changed on another
/// branch (contact link targets) at the same time. Once both are merged, its three calls become
/// `PercentEncoding.encodePath` and this file goes.
enum PathEncoding {
    static func encode(_ path: String) -> String {
        PercentEncoding.encodePath(path)
    }
}
