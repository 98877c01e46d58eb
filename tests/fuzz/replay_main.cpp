// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors

// Runs every file of the directories (or the files) named on the command line once through the fuzz
// target, in name order: the seed corpus and the regressions as a test, without libFuzzer. A directory
// that does not exist counts as empty (a target without findings has no regressions/<name>/).

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "fuzzcheck.h"

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> entries;
            for (const auto &entry : fs::directory_iterator(path)) {
                if (entry.is_regular_file())
                    entries.push_back(entry.path());
            }
            std::sort(entries.begin(), entries.end());
            files.insert(files.end(), entries.begin(), entries.end());
        } else if (fs::is_regular_file(path, error)) {
            files.push_back(path);
        }
    }
    for (const fs::path &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::fprintf(stderr, "%s\n", file.c_str());
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    }
    std::printf("Replayed %zu inputs\n", files.size());
    return files.empty() ? 1 : 0;
}
