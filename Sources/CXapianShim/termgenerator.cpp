#include "shim_internal.hpp"

using xs::guard;

static Xapian::TermGenerator::stem_strategy tg_strategy(int s) {
    switch (s) {
        case XS_STEM_NONE: return Xapian::TermGenerator::STEM_NONE;
        case XS_STEM_ALL: return Xapian::TermGenerator::STEM_ALL;
        case XS_STEM_ALL_Z: return Xapian::TermGenerator::STEM_ALL_Z;
        default: return Xapian::TermGenerator::STEM_SOME;
    }
}

extern "C" {

xs_termgenerator *xs_termgenerator_new(XSError *err) {
    return guard<xs_termgenerator *>(err, nullptr, [&] { return new xs_termgenerator{}; });
}

void xs_termgenerator_free(xs_termgenerator *tg) { delete tg; }

int xs_termgenerator_set_stemmer(xs_termgenerator *tg, const xs_stem *stem, XSError *err) {
    return guard<int>(err, -1, [&] { tg->tg.set_stemmer(stem->stem); return 0; });
}

int xs_termgenerator_set_stemming_strategy(xs_termgenerator *tg, int strategy,
                                           XSError *err) {
    return guard<int>(err, -1, [&] {
        tg->tg.set_stemming_strategy(tg_strategy(strategy));
        return 0;
    });
}

int xs_termgenerator_set_document(xs_termgenerator *tg, xs_document *doc, XSError *err) {
    return guard<int>(err, -1, [&] {
        tg->tg.set_document(doc->doc);
        tg->tg.set_termpos(0);
        return 0;
    });
}

int xs_termgenerator_index_text(xs_termgenerator *tg, const char *text, size_t len,
                                uint32_t wdf_inc, const char *prefix, int with_positions,
                                XSError *err) {
    return guard<int>(err, -1, [&] {
        Xapian::Utf8Iterator it(text ? text : "", len);
        std::string pfx = prefix ? prefix : "";
        if (with_positions)
            tg->tg.index_text(it, wdf_inc, pfx);
        else
            tg->tg.index_text_without_positions(it, wdf_inc, pfx);
        return 0;
    });
}

int xs_termgenerator_increase_termpos(xs_termgenerator *tg, uint32_t delta, XSError *err) {
    return guard<int>(err, -1, [&] { tg->tg.increase_termpos(delta); return 0; });
}

}  // extern "C"
