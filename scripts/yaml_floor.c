/*
 * The floor for reading a corpus: what any reader of these files must at
 * least do. For every *.md file below the corpus (and factions.yaml), one
 * read() of the whole file, then libyaml's event parser over its front
 * matter (between the first line "---" and the next), events discarded.
 * No validation, no evidence search, no graph: `factiongraph check` is
 * measured against this in CPU time (make bench).
 *
 *     cc -O2 scripts/yaml_floor.c -lyaml -o .build/release/yaml-floor
 *     .build/release/yaml-floor CORPUS
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

static long files, events;

/* The front matter of `text`: from after the first line "---" to the start
 * of the next line "---". Returns its length, 0 when there is none. */
static size_t front_matter(const char *text, size_t length, const char **start) {
    if (length < 4 || strncmp(text, "---", 3) != 0) return 0;
    const char *line = memchr(text, '\n', length);
    if (!line) return 0;
    *start = line + 1;
    const char *end = text + length;
    for (const char *p = *start; p < end;) {
        const char *next = memchr(p, '\n', (size_t)(end - p));
        if (strncmp(p, "---", 3) == 0) return (size_t)(p - *start);
        if (!next) break;
        p = next + 1;
    }
    return 0;
}

static void parse(const char *text, size_t length) {
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) break;
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
}

static void read_file(const char *path, int whole) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return;
    struct stat status;
    if (fstat(fd, &status) != 0) { close(fd); return; }
    size_t size = (size_t)status.st_size;
    char *text = malloc(size + 1);
    ssize_t got = read(fd, text, size);
    close(fd);
    if (got > 0) {
        const char *start = text;
        size_t length = whole ? (size_t)got : front_matter(text, (size_t)got, &start);
        if (length > 0) parse(start, length);
        files++;
    }
    free(text);
}

static void walk(const char *directory, int root) {
    DIR *dir = opendir(directory);
    if (!dir) return;
    struct dirent *entry;
    char path[4096];
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", directory, entry->d_name);
        size_t n = strlen(entry->d_name);
        if (entry->d_type == DT_DIR) {
            walk(path, 0);
        } else if (n > 3 && strcmp(entry->d_name + n - 3, ".md") == 0) {
            read_file(path, 0);
        } else if (root && strcmp(entry->d_name, "factions.yaml") == 0) {
            read_file(path, 1);
        }
    }
    closedir(dir);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: yaml-floor CORPUS\n"); return 2; }
    walk(argv[1], 1);
    printf("%ld files, %ld YAML events\n", files, events);
    return 0;
}
