/// Why a value could not be read, in words; the caller adds the place.
struct MessageError: Error, Sendable, Hashable {
    var message: String
    init(_ message: String) { self.message = message }
}
