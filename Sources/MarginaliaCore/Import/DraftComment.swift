/// A comment while the importer is still collecting it; turned into a `Comment` tree at the end.
struct DraftComment: Sendable {
    var author: String
    var date: String?
    var blocks: [Block] = []
    /// Indices of the replies in the draft list (always after this one: replies follow their parent).
    var children: [Int] = []
    var parent: Int?
}

extension DraftComment {
    /// Builds the comment trees for `roots`, giving each comment its id (see `CommentIdentity`).
    ///
    /// Iterative rather than recursive, so a hostile page nested thousands deep cannot overflow the stack.
    static func buildTrees(_ drafts: [DraftComment], roots: [Int]) -> [Comment] {
        var ids = CommentIdentity.Assigner()
        var idOf: [String] = []
        idOf.reserveCapacity(drafts.count)
        for draft in drafts {
            idOf.append(ids.assign(author: draft.author, date: draft.date, body: draft.blocks))
        }
        var built = [Comment?](repeating: nil, count: drafts.count)
        for index in drafts.indices.reversed() {
            let draft = drafts[index]
            var replies: [Comment] = []
            replies.reserveCapacity(draft.children.count)
            for child in draft.children {
                if let reply = built[child] { replies.append(reply) }
                built[child] = nil
            }
            built[index] = Comment(id: idOf[index], author: draft.author, date: draft.date, body: draft.blocks, replies: replies)
        }
        return roots.compactMap { built[$0] }
    }
}
