// Floor experiment: how long does Xapian 1.4 take just to index the bench's
// passages, one thread, with the least work a passage search can do?
//
//   g++ -O2 -o /tmp/xapian_floor bench/xapian_floor.cpp -lxapian
//   python3 ../shared/bench/passages.py --dump /tmp/bench/corpus > /tmp/dump.txt
//   /usr/bin/time /tmp/xapian_floor terms|positions|full /tmp/dump.txt /tmp/floor.db
//
// "terms": passage text only, no positions, no data; "positions": with
// positions; "full": with the text stored too. One commit at the end.
#include <xapian.h>
#include <fstream>
#include <iostream>
#include <chrono>
int main(int argc, char** argv) {
    std::string mode = argv[1];  // "terms": no positions/data; "positions": + positions; "full": + data
    std::ifstream in(argv[2]);
    Xapian::WritableDatabase db(argv[3], Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    std::string line; size_t n = 0;
    auto t0 = std::chrono::steady_clock::now();
    while (std::getline(in, line)) {
        if (line.size() < 2 || line[0] != 'P') continue;
        auto tab = line.find('\t', 2);
        std::string text = line.substr(tab + 1);
        Xapian::Document doc;
        tg.set_document(doc);
        if (mode == "terms") tg.index_text_without_positions(text); else tg.index_text(text);
        if (mode == "full") doc.set_data(text);
        db.add_document(doc);
        ++n;
    }
    db.commit();
    auto s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << mode << " " << n << " docs " << s << " s\n";
}
