/// The version `margin --version` prints.
enum MarginVersion {
    static let current = "0.1.0"
}
