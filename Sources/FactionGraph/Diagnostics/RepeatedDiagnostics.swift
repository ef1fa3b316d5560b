/// Caps identical diagnostics of one file: the same message at 1,285
/// places of one file says nothing the first few do not.
enum RepeatedDiagnostics {
    /// `diagnostics` with at most `InputLimits.identicalDiagnostics` of
    /// each (file, severity, message); the last one kept says how many
    /// more there are (`...; and 1,282 more like this in this file`).
    /// Returns the errors and warnings left out.
    static func cap(_ diagnostics: [Diagnostic]) -> (kept: [Diagnostic], hiddenErrors: Int, hiddenWarnings: Int) {
        struct Key: Hashable {
            let path: ByteKey
            let severity: Diagnostic.Severity
            let message: ByteKey
        }
        func key(_ diagnostic: Diagnostic) -> Key {
            Key(path: ByteKey(diagnostic.path), severity: diagnostic.severity, message: ByteKey(diagnostic.message))
        }
        var totals: [Key: Int] = [:]
        for diagnostic in diagnostics { totals[key(diagnostic), default: 0] += 1 }
        guard totals.values.contains(where: { $0 > InputLimits.identicalDiagnostics }) else {
            return (diagnostics, 0, 0)
        }
        var seen: [Key: Int] = [:]
        var kept: [Diagnostic] = []
        var hiddenErrors = 0
        var hiddenWarnings = 0
        for var diagnostic in diagnostics {
            let key = key(diagnostic)
            let number = seen[key, default: 0] + 1
            seen[key] = number
            let total = totals[key]!
            if number > InputLimits.identicalDiagnostics {
                if diagnostic.severity == .error { hiddenErrors += 1 } else { hiddenWarnings += 1 }
                continue
            }
            if number == InputLimits.identicalDiagnostics, total > number {
                diagnostic.message += "; and \((total - number).grouped) more like this in this file"
            }
            kept.append(diagnostic)
        }
        return (kept, hiddenErrors, hiddenWarnings)
    }
}
