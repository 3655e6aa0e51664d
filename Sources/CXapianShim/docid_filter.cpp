// A query matching a given set of documents, by docid: a Xapian::PostingSource.
// In a database of several shards (the stub file), docids interleave: document
// d of shard i (0-based, of n) is docid (d - 1) * n + i + 1. Each shard's clone
// of the source finds its shard by its UUID, which is in the combined database's
// UUID (the shards' UUIDs joined by ':').
#include "shim_internal.hpp"

#include <algorithm>

using xs::guard;

namespace {
class DocidSetSource : public Xapian::PostingSource {
  public:
    DocidSetSource(std::vector<Xapian::docid> ids, std::vector<std::string> shard_uuids)
        : ids_(std::move(ids)), shard_uuids_(std::move(shard_uuids)) {}

    Xapian::PostingSource *clone() const override { return new DocidSetSource(ids_, shard_uuids_); }

    void init(const Xapian::Database &db) override {
        local_.clear();
        pos_ = 0;
        started_ = false;
        const size_t n = shard_uuids_.size();
        if (n <= 1) {
            local_ = ids_;
        } else {
            const std::string uuid = db.get_uuid();
            auto found = std::find(shard_uuids_.begin(), shard_uuids_.end(), uuid);
            if (found == shard_uuids_.end()) return;  // not one of our shards: nothing here
            const size_t shard = static_cast<size_t>(found - shard_uuids_.begin());
            for (Xapian::docid id : ids_) {
                if (id > 0 && (id - 1) % n == shard) local_.push_back((id - 1) / n + 1);
            }
        }
        std::sort(local_.begin(), local_.end());
        local_.erase(std::unique(local_.begin(), local_.end()), local_.end());
        // No docid past the shard's last: the matcher would look for a document that is not there.
        const Xapian::docid last = db.get_lastdocid();
        local_.erase(std::upper_bound(local_.begin(), local_.end(), last), local_.end());
    }

    Xapian::doccount get_termfreq_min() const override { return local_.size(); }
    Xapian::doccount get_termfreq_est() const override { return local_.size(); }
    Xapian::doccount get_termfreq_max() const override { return local_.size(); }

    void next(double) override {
        if (started_) ++pos_;
        started_ = true;
    }

    void skip_to(Xapian::docid did, double) override {
        started_ = true;
        pos_ = static_cast<size_t>(std::lower_bound(local_.begin() + pos_, local_.end(), did) - local_.begin());
    }

    bool at_end() const override { return started_ && pos_ >= local_.size(); }
    Xapian::docid get_docid() const override { return local_[pos_]; }
    std::string get_description() const override { return "DocidSetSource"; }

  private:
    std::vector<Xapian::docid> ids_;
    std::vector<std::string> shard_uuids_;
    std::vector<Xapian::docid> local_;
    size_t pos_ = 0;
    bool started_ = false;
};
}  // namespace

extern "C" {

xs_query *xs_query_new_docid_set(const xs_database *db, const uint32_t *docids, size_t n,
                                 XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] {
        std::vector<std::string> uuids;
        const std::string combined = db->db.get_uuid();
        size_t start = 0;
        while (true) {
            size_t colon = combined.find(':', start);
            uuids.push_back(combined.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
            if (colon == std::string::npos) break;
            start = colon + 1;
        }
        std::vector<Xapian::docid> ids(docids, docids + n);
        auto *source = new DocidSetSource(std::move(ids), std::move(uuids));
        return new xs_query{Xapian::Query(source->release())};
    });
}

}  // extern "C"
