// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/xlsx/reader.hpp>
#include <tenderkit/xlsx/wording.hpp>

#include <fmt/format.h>

#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <fstream>
#include <memory>
#include <system_error>
#include <utility>

// Parts are found the way Office finds them, through the package relationships (_rels/.rels, then
// xl/_rels/workbook.xml.rels), because writers name them differently: openpyxl writes absolute
// targets ("/xl/worksheets/sheet1.xml"), Excel and LibreOffice relative ones. Elements are matched
// by local name, so the transitional namespace, Excel's Strict namespace (purl.oclc.org) and
// prefixed elements ("x:c") all read the same.

namespace tenderkit::xlsx {

namespace {

namespace fs = std::filesystem;

using wording::integer;
using wording::label;
using wording::localized;
using wording::say;
using wording::text;

// Every message names the file; the messages are worded in xlsx/wording.hpp.
Error input_error(const std::string& file, LocalizedText message) {
  return Error::input(std::move(message), SourceLocation(file, 0, 0));
}

// A message about one part of the archive: "xl/worksheets/sheet1.xml: is not well-formed XML".
Error part_error(const std::string& file, std::string_view part, LocalizedText message) {
  return input_error(file, say(words::reader_in_part, {text("part", std::string(part)),
                                                       localized("problem", std::move(message))}));
}

// Text from the file for a message: valid UTF-8, trimmed, and cut short (a damaged cell may hold
// megabytes).
std::string excerpt(std::string_view s);

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) {
    return {};
  }
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

template <class T>
std::optional<T> parse_unsigned(std::string_view s) {
  s = trim(s);
  T value{};
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size()) {
    return std::nullopt;
  }
  return value;
}

// Malformed UTF-8 (a file that lies about its encoding) becomes U+FFFD, so callers can pass
// any text on (nlohmann::json refuses malformed UTF-8).
std::string valid_utf8(std::string s) {
  if (text::is_valid_utf8(s)) {
    return s;
  }
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    text::append_utf8(out, text::decode_utf8(s, i));
  }
  return out;
}

std::string excerpt(std::string_view s) {
  constexpr std::size_t kMaxBytes = 40;
  const std::string clean = valid_utf8(std::string(trim(s)));
  if (clean.size() <= kMaxBytes) {
    return clean;
  }
  return std::string(text::utf8_prefix(clean, kMaxBytes)) + "...";
}

// Locale-independent, unlike strtod: LC_NUMERIC may be a decimal-comma locale.
std::optional<double> parse_number(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') {
    s.remove_prefix(1);
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// xsd:boolean, as attributes such as hidden="1" and cell values of type "b" are written.
std::optional<bool> parse_boolean(std::string_view s) {
  s = trim(s);
  if (s == "1" || s == "true") {
    return true;
  }
  if (s == "0" || s == "false") {
    return false;
  }
  return std::nullopt;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// The code unit of an "_xHHHH_" escape at s[i], or -1.
long escape_at(std::string_view s, std::size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') {
    return -1;
  }
  long unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int digit = hex_digit(s[k]);
    if (digit < 0) {
      return -1;
    }
    unit = unit * 16 + digit;
  }
  return unit;
}

// Excel writes characters XML cannot hold (and a literal "_x" sequence, as "_x005F_") as UTF-16
// code units "_xHHHH_"; characters beyond the BMP come as two escapes, a surrogate pair.
std::string decode_escapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) {
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const long unit = escape_at(s, i);
    if (unit < 0) {
      out += s[i++];
      continue;
    }
    i += 7;
    char32_t c = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const long low = escape_at(s, i);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
            (static_cast<char32_t>(low) - 0xDC00);
        i += 7;
      } else {
        c = text::kReplacementCharacter;
      }
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      c = text::kReplacementCharacter;
    }
    text::append_utf8(out, c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// XML helpers

std::string_view local_name(const char* qualified) {
  const std::string_view name(qualified);
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element && local_name(node.name()) == name) {
      return node;
    }
  }
  return {};
}

template <class F>
void for_each_child(const pugi::xml_node& parent, std::string_view name, F&& f) {
  for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element && local_name(node.name()) == name) {
      f(node);
    }
  }
}

// An unprefixed attribute; SpreadsheetML's own attributes carry no namespace.
std::optional<std::string_view> attribute(const pugi::xml_node& node, const char* name) {
  const pugi::xml_attribute found = node.attribute(name);
  if (!found) {
    return std::nullopt;
  }
  return std::string_view(found.value());
}

// The relationship id of a <sheet>: "r:id", whatever prefix the relationships namespace has.
std::optional<std::string_view> relationship_id(const pugi::xml_node& node) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name(a.name());
    if (name.find(':') != std::string_view::npos && local_name(a.name()) == "id") {
      return std::string_view(a.value());
    }
  }
  return std::nullopt;
}

// The character data of an element (text and CDATA sections), without its children's.
std::string own_text(const pugi::xml_node& node) {
  std::string out =
      node.value();  // the text of <v>1</v> is kept in the element (see kParseOptions)
  for (pugi::xml_node part = node.first_child(); part; part = part.next_sibling()) {
    if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata) {
      out += part.value();
    }
  }
  return valid_utf8(std::move(out));
}

// A string item (<si> of the shared strings, <is> of an inline string): plain text in <t>, or
// rich text as runs <r><t>..</t></r>. Phonetic guides (<rPh>) are not part of the value.
std::string string_item(const pugi::xml_node& item) {
  std::string raw;
  for (pugi::xml_node node = item.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) {
      continue;
    }
    const std::string_view name = local_name(node.name());
    if (name == "t") {
      raw += own_text(node);
    } else if (name == "r") {
      for_each_child(node, "t", [&](const pugi::xml_node& t) { raw += own_text(t); });
    }
  }
  return decode_escapes(raw);
}

// Keeps <t xml:space="preserve"> </t>, text that is just a space, and drops indentation elsewhere.
// Text that is an element's only child is kept in the element rather than in a node of its own:
// a third fewer nodes for the millions of <v> a large sheet may hold.
constexpr unsigned kParseOptions =
    pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_embed_pcdata;

// ---------------------------------------------------------------------------------------------
// The zip archive

struct ZipCloser {
  void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Why libzip failed: the common codes in words, any other as libzip's own English text.
LocalizedText zip_reason(zip_error_t* error) {
  switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC:
      return label(words::zip_crc);
    case ZIP_ER_ZLIB:
      return label(words::zip_compressed_data);
    case ZIP_ER_EOF:
      return label(words::zip_end_of_file);
    case ZIP_ER_COMPNOTSUPP:
      return label(words::zip_compression_method);
    case ZIP_ER_ENCRNOTSUPP:
      return label(words::zip_encryption_method);
    case ZIP_ER_READ:
      return label(words::zip_read_error);
    case ZIP_ER_SEEK:
      return label(words::zip_seek_error);
    case ZIP_ER_OPEN:
      return label(words::zip_cannot_open);
    case ZIP_ER_INCONS:
      return label(words::zip_inconsistent);
    case ZIP_ER_MEMORY:
      return label(words::out_of_memory);
    default: {
      // A rare failure is named as libzip names it, in English, inside the sentence of the run's
      // language: better than a guess at what it means.
      std::string libzip_text = zip_error_strerror(error);
      return LocalizedText{libzip_text, libzip_text};
    }
  }
}

LocalizedText zip_reason(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  LocalizedText reason = zip_reason(&error);
  zip_error_fini(&error);
  return reason;
}

// Sizes as tenderkit writes them elsewhere (core's "64 MiB"): bytes below a MiB, else MiB with
// one decimal unless whole.
LocalizedText size_text(std::uint64_t bytes) {
  constexpr std::uint64_t kMebibyte = 1024 * 1024;
  if (bytes < kMebibyte) {
    return say(words::reader_size_bytes, {integer("count", static_cast<std::int64_t>(bytes))});
  }
  const std::string mebibytes =
      bytes % kMebibyte == 0
          ? std::to_string(bytes / kMebibyte)
          : fmt::format("{:.1f}", static_cast<double>(bytes) / static_cast<double>(kMebibyte));
  return say(words::reader_size_mib, {wording::number("size", mebibytes)});
}

class Archive {
 public:
  static Result<Archive> open(const fs::path& path, const std::string& file,
                              const ReadLimits& limits);

  bool contains(const std::string& part) const {
    return zip_name_locate(zip_.get(), part.c_str(), ZIP_FL_NOCASE) >= 0;
  }

  /// The uncompressed content of a part, nothing when the archive lacks it, or an error naming it.
  Result<std::optional<std::string>> read(const std::string& part) const;

  const std::string& file() const { return file_; }

 private:
  Archive(std::unique_ptr<zip_t, ZipCloser> zip, std::string file, const ReadLimits& limits)
      : zip_(std::move(zip)), file_(std::move(file)), limits_(limits) {}

  std::unique_ptr<zip_t, ZipCloser> zip_;
  std::string file_;
  ReadLimits limits_;
  mutable std::uint64_t total_read_ = 0;
};

Result<Archive> Archive::open(const fs::path& path, const std::string& file,
                              const ReadLimits& limits) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    return input_error(file, label(words::reader_no_such_file));
  }
  if (fs::is_directory(status)) {
    return input_error(file, label(words::reader_is_directory));
  }
  // Look at the first bytes for the messages users need most: an empty file, and the compound
  // file that both old .xls files and password-protected .xlsx files are.
  std::array<char, 8> magic{};
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return input_error(file, label(words::reader_unreadable));
    }
    in.read(magic.data(), magic.size());
    if (in.gcount() == 0) {
      return input_error(file, label(words::reader_empty));
    }
  }
  constexpr std::array<unsigned char, 8> kCompoundFile{0xD0, 0xCF, 0x11, 0xE0,
                                                       0xA1, 0xB1, 0x1A, 0xE1};
  if (std::equal(magic.begin(), magic.end(), kCompoundFile.begin(),
                 [](char a, unsigned char b) { return static_cast<unsigned char>(a) == b; })) {
    return input_error(file, label(words::reader_old_xls));
  }

  int code = 0;
  std::unique_ptr<zip_t, ZipCloser> zip(zip_open(path.c_str(), ZIP_RDONLY, &code));
  if (!zip) {
    switch (code) {
      case ZIP_ER_NOZIP:
        return input_error(file, label(words::reader_not_zip));
      case ZIP_ER_INCONS:
        return input_error(file, label(words::reader_inconsistent));
      default:
        return input_error(
            file, say(words::reader_cannot_open_zip, {localized("reason", zip_reason(code))}));
    }
  }
  return Archive(std::move(zip), file, limits);
}

Result<std::optional<std::string>> Archive::read(const std::string& part) const {
  const zip_int64_t index = zip_name_locate(zip_.get(), part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    return std::optional<std::string>();
  }
  const auto entry = static_cast<zip_uint64_t>(index);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_.get(), entry, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    return part_error(file_, part,
                      say(words::reader_cannot_read,
                          {localized("reason", zip_reason(zip_get_error(zip_.get())))}));
  }
  if (stat.size > limits_.max_part_size) {
    return part_error(
        file_, part,
        say(words::reader_part_too_large, {localized("size", size_text(stat.size)),
                                           localized("limit", size_text(limits_.max_part_size))}));
  }
  if (stat.size > limits_.max_workbook_size - total_read_) {
    return part_error(file_, part,
                      say(words::reader_workbook_too_large,
                          {localized("limit", size_text(limits_.max_workbook_size))}));
  }
  total_read_ += stat.size;
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return part_error(file_, part, label(words::reader_encrypted));
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> in(zip_fopen_index(zip_.get(), entry, 0));
  if (!in) {
    return part_error(file_, part,
                      say(words::reader_cannot_read,
                          {localized("reason", zip_reason(zip_get_error(zip_.get())))}));
  }
  std::string content(static_cast<std::size_t>(stat.size), '\0');
  std::size_t done = 0;
  while (done < content.size()) {
    const zip_int64_t n = zip_fread(in.get(), content.data() + done, content.size() - done);
    if (n < 0) {
      return part_error(file_, part,
                        say(words::reader_damaged,
                            {localized("reason", zip_reason(zip_file_get_error(in.get())))}));
    }
    if (n == 0) {
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  // Reading on to the end makes libzip check the CRC, and catches data longer than declared,
  // which never gets more memory than the declared size.
  char extra = 0;
  const zip_int64_t more = zip_fread(in.get(), &extra, 1);
  if (more < 0) {
    return part_error(file_, part,
                      say(words::reader_damaged,
                          {localized("reason", zip_reason(zip_file_get_error(in.get())))}));
  }
  if (more > 0 || done != content.size()) {
    return part_error(file_, part, label(words::reader_size_differs));
  }
  return std::optional<std::string>(std::move(content));
}

// Why pugixml could not parse: its description in words (the English is pugixml's own).
LocalizedText xml_reason(const pugi::xml_parse_result& parsed) {
  switch (parsed.status) {
    case pugi::status_bad_pi:
      return label(words::xml_bad_pi);
    case pugi::status_bad_comment:
      return label(words::xml_bad_comment);
    case pugi::status_bad_cdata:
      return label(words::xml_bad_cdata);
    case pugi::status_bad_doctype:
      return label(words::xml_bad_doctype);
    case pugi::status_bad_pcdata:
      return label(words::xml_bad_pcdata);
    case pugi::status_bad_start_element:
      return label(words::xml_bad_start_element);
    case pugi::status_bad_attribute:
      return label(words::xml_bad_attribute);
    case pugi::status_bad_end_element:
      return label(words::xml_bad_end_element);
    case pugi::status_end_element_mismatch:
      return label(words::xml_tags_mismatch);
    case pugi::status_unrecognized_tag:
      return label(words::xml_unrecognized_tag);
    case pugi::status_no_document_element:
      return label(words::xml_no_document_element);
    case pugi::status_out_of_memory:
      return label(words::out_of_memory);
    default: {
      // What parsing a buffer cannot give (a file not found, an internal error): pugixml's English.
      const std::string description = parsed.description();
      return LocalizedText{description, description};
    }
  }
}

// An XML part parsed in place: `buffer` holds the text the document points into.
struct XmlPart {
  std::string name;
  std::string buffer;
  pugi::xml_document document;
  pugi::xml_node root;
};

// Reads and parses a part whose root element must be `root` (unless empty); nullptr when the
// archive lacks the part.
Result<std::unique_ptr<XmlPart>> read_xml(const Archive& archive, const std::string& name,
                                          std::string_view root) {
  Result<std::optional<std::string>> content = archive.read(name);
  if (!content) {
    return content.error();
  }
  if (!content->has_value()) {
    return std::unique_ptr<XmlPart>();
  }
  auto part = std::make_unique<XmlPart>();
  part->name = name;
  part->buffer = std::move(**content);
  const pugi::xml_parse_result parsed =
      part->document.load_buffer_inplace(part->buffer.data(), part->buffer.size(), kParseOptions);
  if (!parsed) {
    // Parsing in place changed the buffer; read the part again to say where the error is.
    int line = 1;
    std::ptrdiff_t line_start = 0;
    if (Result<std::optional<std::string>> again = archive.read(name); again && *again) {
      const std::string& original = **again;
      const auto end =
          std::min<std::ptrdiff_t>(parsed.offset, static_cast<std::ptrdiff_t>(original.size()));
      for (std::ptrdiff_t i = 0; i < end; ++i) {
        if (original[static_cast<std::size_t>(i)] == '\n') {
          ++line;
          line_start = i + 1;
        }
      }
    }
    return part_error(
        archive.file(), name,
        say(words::reader_not_xml,
            {integer("line", line),
             integer("column", static_cast<std::int64_t>(parsed.offset - line_start + 1)),
             localized("reason", xml_reason(parsed))}));
  }
  part->root = part->document.document_element();
  if (!root.empty() && local_name(part->root.name()) != root) {
    return part_error(archive.file(), name,
                      say(words::reader_wrong_root, {text("expected", std::string(root)),
                                                     text("found", excerpt(part->root.name()))}));
  }
  return part;
}

// ---------------------------------------------------------------------------------------------
// Relationships

struct Relationship {
  std::string id;
  std::string type;
  std::string target;  ///< the part name, resolved against the source part
};

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The part a relationship target names: absolute ("/xl/worksheets/sheet1.xml") or relative to
// the folder of the part holding the relationship ("worksheets/sheet1.xml" from xl/workbook.xml).
std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::string path;
  if (!target.empty() && target.front() == '/') {
    path = percent_decode(target.substr(1));
  } else {
    const std::size_t slash = source_part.rfind('/');
    path = std::string(slash == std::string_view::npos ? std::string_view{}
                                                       : source_part.substr(0, slash + 1)) +
           percent_decode(target);
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) {
      end = path.size();
    }
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  return text::join(segments, "/");
}

// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package ("").
std::string relationships_part(std::string_view source_part) {
  const std::size_t slash = source_part.rfind('/');
  const std::string_view folder =
      slash == std::string_view::npos ? std::string_view{} : source_part.substr(0, slash + 1);
  const std::string_view file =
      slash == std::string_view::npos ? source_part : source_part.substr(slash + 1);
  return fmt::format("{}_rels/{}.rels", folder, file);
}

// The relationships of a part; none when the part has no relationships part.
Result<std::vector<Relationship>> read_relationships(const Archive& archive,
                                                     std::string_view source_part) {
  Result<std::unique_ptr<XmlPart>> part =
      read_xml(archive, relationships_part(source_part), "Relationships");
  if (!part) {
    return part.error();
  }
  std::vector<Relationship> relationships;
  if (!*part) {
    return relationships;
  }
  for_each_child((*part)->root, "Relationship", [&](const pugi::xml_node& node) {
    if (attribute(node, "TargetMode").value_or("") == "External") {
      return;
    }
    relationships.push_back(
        Relationship{std::string(attribute(node, "Id").value_or("")),
                     std::string(attribute(node, "Type").value_or("")),
                     resolve_target(source_part, attribute(node, "Target").value_or(""))});
  });
  return relationships;
}

// Relationship types are matched by their last segment: the transitional
// ".../officeDocument/2006/relationships/worksheet" and the Strict
// "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" both end in "/worksheet".
bool has_type(const Relationship& relationship, std::string_view type) {
  const std::string_view t = relationship.type;
  return t.size() > type.size() && t.ends_with(type) && t[t.size() - type.size() - 1] == '/';
}

// The first relationship of a type.
const Relationship* find_by_type(const std::vector<Relationship>& relationships,
                                 std::string_view type) {
  const auto found = std::find_if(relationships.begin(), relationships.end(),
                                  [&](const Relationship& r) { return has_type(r, type); });
  return found == relationships.end() ? nullptr : &*found;
}

// ---------------------------------------------------------------------------------------------
// Cells

// Time of day as a fraction of a day from "HH:MM[:SS[.fff]]", or nothing.
std::optional<double> parse_time(std::string_view s) {
  if (s.size() < 5 || s[2] != ':') {
    return std::nullopt;
  }
  const auto hours = parse_unsigned<unsigned>(s.substr(0, 2));
  const auto minutes = parse_unsigned<unsigned>(s.substr(3, 2));
  double seconds = 0;
  if (s.size() > 5) {
    if (s[5] != ':') {
      return std::nullopt;
    }
    const auto parsed = parse_number(s.substr(6));
    if (!parsed || *parsed < 0 || *parsed >= 61) {
      return std::nullopt;
    }
    seconds = *parsed;
  }
  if (!hours || !minutes || *hours > 24 || *minutes > 59) {
    return std::nullopt;
  }
  return (*hours * 3600.0 + *minutes * 60.0 + seconds) / 86400.0;
}

// A cell of type "d" (ISO 8601, written by Strict workbooks and openpyxl's iso_dates) as the date
// serial other cells hold; nothing when the text is no date this reader understands.
std::optional<double> parse_iso_date(std::string_view s, bool date1904) {
  s = trim(s);
  // The zone is dropped: Excel serials have none.
  if (!s.empty() && s.back() == 'Z') {
    s.remove_suffix(1);
  } else if (s.size() > 6 && (s[s.size() - 6] == '+' || s[s.size() - 6] == '-') &&
             s[s.size() - 3] == ':') {
    s.remove_suffix(6);
  }
  if (s.size() >= 5 && s[2] == ':') {
    return parse_time(s);
  }
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') {
    return std::nullopt;
  }
  const auto y = parse_unsigned<int>(s.substr(0, 4));
  const auto m = parse_unsigned<unsigned>(s.substr(5, 2));
  const auto d = parse_unsigned<unsigned>(s.substr(8, 2));
  if (!y || !m || !d) {
    return std::nullopt;
  }
  std::optional<double> serial = excel_date_serial(std::chrono::year_month_day{
      std::chrono::year{*y}, std::chrono::month{*m}, std::chrono::day{*d}});
  if (!serial) {
    return std::nullopt;
  }
  if (date1904) {
    *serial -= 1462;  // 1904-01-01 is serial 1462 in the 1900 system
  }
  if (s.size() > 10) {
    if (s[10] != 'T' && s[10] != ' ') {
      return std::nullopt;
    }
    const std::optional<double> time = parse_time(s.substr(11));
    if (!time) {
      return std::nullopt;
    }
    *serial += *time;
  }
  return serial;
}

struct SheetContext {
  const std::string& file;
  const std::string& part;
  const std::vector<std::string>& shared_strings;
  bool has_shared_strings;
  bool date1904;
};

Error cell_error(const SheetContext& context, const CellPosition& at, LocalizedText message) {
  return part_error(context.file, context.part,
                    say(words::reader_in_cell, {text("cell", cell_reference(at.row, at.column)),
                                                localized("problem", std::move(message))}));
}

Result<CellValue> read_value(const SheetContext& context, const pugi::xml_node& c,
                             const CellPosition& at) {
  CellValue value;
  value.formula = static_cast<bool>(child(c, "f"));
  const std::string_view type = attribute(c, "t").value_or("n");
  const pugi::xml_node v = child(c, "v");
  const std::string stored = v ? own_text(v) : std::string();
  // A formula not yet calculated (openpyxl writes <v></v>) has no value, whatever its type.
  if (type == "inlineStr") {
    if (const pugi::xml_node is = child(c, "is")) {
      value.kind = CellValue::Kind::text;
      value.text = string_item(is);
    } else if (v) {
      value.kind = CellValue::Kind::text;
      value.text = decode_escapes(stored);
    }
    return value;
  }
  if (!v || (type != "str" && trim(stored).empty())) {
    return value;
  }
  if (type == "n") {
    const std::optional<double> number = parse_number(stored);
    if (!number) {
      return cell_error(context, at,
                        say(words::reader_not_a_number, {text("found", excerpt(stored))}));
    }
    value.kind = CellValue::Kind::number;
    value.number = *number;
  } else if (type == "s") {
    const std::optional<std::size_t> index = parse_unsigned<std::size_t>(stored);
    if (!index) {
      return cell_error(context, at,
                        say(words::reader_not_a_string_number, {text("found", excerpt(stored))}));
    }
    if (*index >= context.shared_strings.size()) {
      // The index is a number in the file, written as there; the count is a count.
      return cell_error(
          context, at,
          context.has_shared_strings
              ? say(words::reader_no_such_string,
                    {text("index", std::to_string(*index)),
                     integer("count", static_cast<std::int64_t>(context.shared_strings.size()))})
              : say(words::reader_no_shared_strings, {text("index", std::to_string(*index))}));
    }
    value.kind = CellValue::Kind::text;
    value.text = context.shared_strings[*index];
  } else if (type == "str") {
    value.kind = CellValue::Kind::text;
    value.text = decode_escapes(stored);
  } else if (type == "b") {
    const std::optional<bool> flag = parse_boolean(stored);
    if (!flag) {
      return cell_error(context, at,
                        say(words::reader_not_a_boolean, {text("found", excerpt(stored))}));
    }
    value.kind = CellValue::Kind::boolean;
    value.number = *flag ? 1 : 0;
  } else if (type == "e") {
    value.kind = CellValue::Kind::error;
    value.text = std::string(trim(stored));
  } else if (type == "d") {
    if (const std::optional<double> serial = parse_iso_date(stored, context.date1904)) {
      value.kind = CellValue::Kind::number;
      value.number = *serial;
    } else {
      value.kind = CellValue::Kind::text;
      value.text = stored;
    }
  } else {
    return cell_error(context, at,
                      say(words::reader_unknown_cell_type, {text("found", excerpt(type))}));
  }
  return value;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public helpers

std::optional<CellPosition> parse_cell_reference(std::string_view reference) {
  std::size_t i = 0;
  if (i < reference.size() && reference[i] == '$') {
    ++i;
  }
  std::uint32_t column = 0;
  const std::size_t letters_start = i;
  while (i < reference.size() && i - letters_start < 4) {
    const char c = reference[i];
    if (c >= 'A' && c <= 'Z') {
      column = column * 26 + static_cast<std::uint32_t>(c - 'A' + 1);
    } else if (c >= 'a' && c <= 'z') {
      column = column * 26 + static_cast<std::uint32_t>(c - 'a' + 1);
    } else {
      break;
    }
    ++i;
  }
  if (i == letters_start || column > kMaxColumns) {
    return std::nullopt;
  }
  if (i < reference.size() && reference[i] == '$') {
    ++i;
  }
  const std::string_view digits = reference.substr(i);
  if (digits.empty() || digits.front() < '1' || digits.front() > '9' ||
      digits.find_first_not_of("0123456789") != std::string_view::npos || digits.size() > 7) {
    return std::nullopt;
  }
  const std::optional<std::uint32_t> row = parse_unsigned<std::uint32_t>(digits);
  if (!row || *row > kMaxRows) {
    return std::nullopt;
  }
  return CellPosition{*row - 1, static_cast<Column>(column - 1)};
}

std::optional<std::string> DefinedName::string_constant() const {
  const std::string_view f = trim(formula);
  if (f.size() < 2 || f.front() != '"' || f.back() != '"') {
    return std::nullopt;
  }
  std::string out;
  for (std::size_t i = 1; i + 1 < f.size(); ++i) {
    if (f[i] == '"') {
      if (i + 2 < f.size() && f[i + 1] == '"') {
        ++i;  // a doubled quote stands for one
      } else {
        return std::nullopt;  // an unpaired quote: more than one constant ("a"&"b")
      }
    }
    out += f[i];
  }
  return out;
}

const CellValue* ReadSheet::cell(Row row, Column column) const {
  const auto at = std::lower_bound(cells_.begin(), cells_.end(), std::pair(row, column),
                                   [](const ReadCell& cell, const std::pair<Row, Column>& key) {
                                     return std::pair(cell.row, cell.column) < key;
                                   });
  if (at == cells_.end() || at->row != row || at->column != column) {
    return nullptr;
  }
  return &at->value;
}

const CellValue* ReadSheet::cell(std::string_view reference) const {
  const std::optional<CellPosition> position = parse_cell_reference(reference);
  return position ? cell(position->row, position->column) : nullptr;
}

namespace {

// Excel compares sheet and defined names case-insensitively; an exact match wins.
template <class T, class Key, class Eligible>
const T* find_named(std::span<const T> items, std::string_view name, Key key, Eligible eligible) {
  for (const T& item : items) {
    if (eligible(item) && key(item) == name) {
      return &item;
    }
  }
  const std::string folded = text::fold_case(name);
  for (const T& item : items) {
    if (eligible(item) && text::fold_case(key(item)) == folded) {
      return &item;
    }
  }
  return nullptr;
}

constexpr auto kAny = [](const auto&) { return true; };

}  // namespace

const ReadSheet* ReadWorkbook::sheet(std::string_view name) const {
  return find_named(
      sheets(), name, [](const ReadSheet& s) -> std::string_view { return s.name(); }, kAny);
}

const DefinedName* ReadWorkbook::defined_name(std::string_view name) const {
  return find_named(
      defined_names(), name, [](const DefinedName& d) -> std::string_view { return d.name; },
      [](const DefinedName& d) { return !d.sheet; });
}

const CustomProperty* ReadWorkbook::custom_property(std::string_view name) const {
  return find_named(
      custom_properties(), name, [](const CustomProperty& p) -> std::string_view { return p.name; },
      kAny);
}

// ---------------------------------------------------------------------------------------------
// Loading

namespace detail {

struct ReaderAccess {
  static Result<ReadWorkbook> open(const fs::path& path, const ReadLimits& limits);

 private:
  static Result<std::vector<std::string>> read_shared_strings(const Archive& archive,
                                                              const std::string& part);
  static Result<void> read_cells(const SheetContext& context, const XmlPart& part,
                                 ReadSheet& sheet);
  static void order_cells(ReadSheet& sheet);
  static Result<void> read_custom_properties(const Archive& archive,
                                             const std::vector<Relationship>& package,
                                             ReadWorkbook& book);
};

Result<std::vector<std::string>> ReaderAccess::read_shared_strings(const Archive& archive,
                                                                   const std::string& part) {
  Result<std::unique_ptr<XmlPart>> xml = read_xml(archive, part, "sst");
  if (!xml) {
    return xml.error();
  }
  std::vector<std::string> strings;
  if (*xml) {
    for_each_child((*xml)->root, "si",
                   [&](const pugi::xml_node& si) { strings.push_back(string_item(si)); });
  }
  return strings;
}

Result<void> ReaderAccess::read_cells(const SheetContext& context, const XmlPart& part,
                                      ReadSheet& sheet) {
  const pugi::xml_node data = child(part.root, "sheetData");
  std::vector<ReadCell>& cells = sheet.cells_;
  // Counting first saves the vector's doubling, which for a large sheet costs more than the XML.
  std::size_t count = 0;
  for_each_child(data, "row", [&](const pugi::xml_node& row) {
    for_each_child(row, "c", [&](const pugi::xml_node&) { ++count; });
  });
  cells.reserve(count);
  // Rows and cells without an "r" attribute follow the previous one (some generators omit it).
  std::uint64_t next_row = 0;
  for (pugi::xml_node row = data.first_child(); row; row = row.next_sibling()) {
    if (row.type() != pugi::node_element || local_name(row.name()) != "row") {
      continue;
    }
    std::uint64_t row_index = next_row;
    if (const auto r = attribute(row, "r")) {
      const std::optional<std::uint64_t> number = parse_unsigned<std::uint64_t>(*r);
      if (!number || *number == 0 || *number > kMaxRows) {
        return part_error(context.file, context.part,
                          say(words::reader_row_number,
                              {text("found", excerpt(*r)), integer("maximum", kMaxRows)}));
      }
      row_index = *number - 1;
    } else if (row_index >= kMaxRows) {
      return part_error(context.file, context.part,
                        say(words::reader_too_many_rows, {integer("maximum", kMaxRows)}));
    }
    std::uint64_t next_column = 0;
    for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || local_name(c.name()) != "c") {
        continue;
      }
      CellPosition at;
      if (const auto r = attribute(c, "r"); r && !trim(*r).empty()) {
        const std::optional<CellPosition> position = parse_cell_reference(trim(*r));
        if (!position) {
          return part_error(context.file, context.part,
                            say(words::reader_not_a_reference, {text("found", excerpt(*r))}));
        }
        at = *position;
      } else {
        if (next_column >= kMaxColumns) {
          return part_error(context.file, context.part,
                            say(words::reader_too_many_cells,
                                {integer("row", static_cast<std::int64_t>(row_index + 1)),
                                 integer("maximum", kMaxColumns)}));
        }
        at = CellPosition{static_cast<Row>(row_index), static_cast<Column>(next_column)};
      }
      next_column = static_cast<std::uint64_t>(at.column) + 1;
      Result<CellValue> value = read_value(context, c, at);
      if (!value) {
        return value.error();
      }
      cells.push_back(ReadCell{at.row, at.column, std::move(*value)});
    }
    next_row = row_index + 1;
  }
  return {};
}

void ReaderAccess::order_cells(ReadSheet& sheet) {
  std::vector<ReadCell>& cells = sheet.cells_;
  // Writers may order rows and cells as they like; a position given twice keeps the last value.
  const auto before = [](const ReadCell& a, const ReadCell& b) {
    return std::pair(a.row, a.column) < std::pair(b.row, b.column);
  };
  if (!std::is_sorted(cells.begin(), cells.end(), before)) {
    std::stable_sort(cells.begin(), cells.end(), before);
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (kept > 0 && cells[kept - 1].row == cells[i].row &&
        cells[kept - 1].column == cells[i].column) {
      cells[kept - 1] = std::move(cells[i]);
    } else {
      if (kept != i) {
        cells[kept] = std::move(cells[i]);
      }
      ++kept;
    }
  }
  cells.resize(kept);
  for (const ReadCell& cell : cells) {
    sheet.row_count_ = std::max<Row>(sheet.row_count_, cell.row + 1);
    sheet.column_count_ =
        std::max<Column>(sheet.column_count_, static_cast<Column>(cell.column + 1));
  }
}

Result<void> ReaderAccess::read_custom_properties(const Archive& archive,
                                                  const std::vector<Relationship>& package,
                                                  ReadWorkbook& book) {
  const Relationship* relationship = find_by_type(package, "custom-properties");
  const std::string name = relationship ? relationship->target : "docProps/custom.xml";
  Result<std::unique_ptr<XmlPart>> xml = read_xml(archive, name, "Properties");
  if (!xml) {
    return xml.error();
  }
  if (!*xml) {
    return {};
  }
  for_each_child((*xml)->root, "property", [&](const pugi::xml_node& property) {
    std::string value;
    for (pugi::xml_node node = property.first_child(); node; node = node.next_sibling()) {
      if (node.type() == pugi::node_element) {
        value = own_text(node);
        break;
      }
    }
    book.custom_properties_.push_back(CustomProperty{
        valid_utf8(std::string(attribute(property, "name").value_or(""))), std::move(value)});
  });
  return {};
}

Result<ReadWorkbook> ReaderAccess::open(const fs::path& path, const ReadLimits& limits) {
  const std::string file = path.string();
  Result<Archive> opened = Archive::open(path, file, limits);
  if (!opened) {
    return opened.error();
  }
  const Archive& archive = *opened;

  Result<std::vector<Relationship>> package = read_relationships(archive, "");
  if (!package) {
    return package.error();
  }
  const Relationship* main = find_by_type(*package, "officeDocument");
  const std::string workbook_name = main ? main->target : "xl/workbook.xml";
  if (!archive.contains(workbook_name)) {
    return input_error(file, say(words::reader_no_workbook_part, {text("part", workbook_name)}));
  }
  Result<std::unique_ptr<XmlPart>> workbook_xml = read_xml(archive, workbook_name, {});
  if (!workbook_xml) {
    return workbook_xml.error();
  }
  // A Word or PowerPoint file has a main part too, just not a workbook.
  if (const std::string_view root = local_name((*workbook_xml)->root.name()); root != "workbook") {
    return input_error(file, say(words::reader_other_document,
                                 {text("part", workbook_name), text("found", excerpt(root))}));
  }
  const XmlPart& workbook = **workbook_xml;

  ReadWorkbook book;
  book.path_ = path;
  if (const pugi::xml_node properties = child(workbook.root, "workbookPr")) {
    book.date1904_ = parse_boolean(attribute(properties, "date1904").value_or("0")).value_or(false);
  }

  Result<std::vector<Relationship>> relationships = read_relationships(archive, workbook_name);
  if (!relationships) {
    return relationships.error();
  }
  std::vector<std::string> shared_strings;
  bool has_shared_strings = false;
  {
    const Relationship* strings = find_by_type(*relationships, "sharedStrings");
    const std::string name = strings ? strings->target : "xl/sharedStrings.xml";
    if (archive.contains(name)) {
      Result<std::vector<std::string>> read = read_shared_strings(archive, name);
      if (!read) {
        return read.error();
      }
      shared_strings = std::move(*read);
      has_shared_strings = true;
    }
  }

  const pugi::xml_node sheets = child(workbook.root, "sheets");
  for (pugi::xml_node node = sheets.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element || local_name(node.name()) != "sheet") {
      continue;
    }
    ReadSheet sheet;
    sheet.name_ = valid_utf8(std::string(attribute(node, "name").value_or("")));
    if (sheet.name_.empty()) {
      // The sheet's place in the tab order, an ordinal rather than a count.
      return part_error(file, workbook_name,
                        say(words::reader_sheet_no_name,
                            {text("number", std::to_string(book.sheets_.size() + 1))}));
    }
    const std::string_view state = attribute(node, "state").value_or("visible");
    sheet.visibility_ = state == "hidden"       ? SheetVisibility::hidden
                        : state == "veryHidden" ? SheetVisibility::very_hidden
                                                : SheetVisibility::visible;
    const std::optional<std::string_view> id = relationship_id(node);
    const auto relationship =
        std::find_if(relationships->begin(), relationships->end(),
                     [&](const Relationship& r) { return id && r.id == *id; });
    if (relationship == relationships->end()) {
      return part_error(file, workbook_name,
                        say(words::reader_unknown_relationship,
                            {text("sheet", sheet.name_), text("id", excerpt(id.value_or(""))),
                             text("part", relationships_part(workbook_name))}));
    }
    sheet.part_ = relationship->target;
    sheet.is_worksheet_ = has_type(*relationship, "worksheet");
    if (sheet.is_worksheet_) {
      if (!archive.contains(sheet.part_)) {
        return part_error(file, workbook_name,
                          say(words::reader_sheet_missing,
                              {text("sheet", sheet.name_), text("part", sheet.part_)}));
      }
      // One sheet's XML at a time, freed before the cells are sorted: only the cells stay.
      Result<std::unique_ptr<XmlPart>> xml = read_xml(archive, sheet.part_, "worksheet");
      if (!xml) {
        return xml.error();
      }
      const SheetContext context{file, sheet.part_, shared_strings, has_shared_strings,
                                 book.date1904_};
      if (Result<void> read = read_cells(context, **xml, sheet); !read) {
        return read.error();
      }
      xml->reset();
      order_cells(sheet);
    }
    book.sheets_.push_back(std::move(sheet));
  }
  if (book.sheets_.empty()) {
    return part_error(file, workbook_name, label(words::reader_no_sheets));
  }

  if (const pugi::xml_node names = child(workbook.root, "definedNames")) {
    for_each_child(names, "definedName", [&](const pugi::xml_node& node) {
      DefinedName defined;
      defined.name = valid_utf8(std::string(attribute(node, "name").value_or("")));
      defined.formula = own_text(node);
      if (const auto local = attribute(node, "localSheetId")) {
        defined.sheet = parse_unsigned<std::size_t>(*local);
      }
      defined.hidden = parse_boolean(attribute(node, "hidden").value_or("0")).value_or(false);
      book.defined_names_.push_back(std::move(defined));
    });
  }

  if (Result<void> read = read_custom_properties(archive, *package, book); !read) {
    return read.error();
  }
  return book;
}

}  // namespace detail

Result<ReadWorkbook> ReadWorkbook::open(const std::filesystem::path& path,
                                        const ReadLimits& limits) {
  return detail::ReaderAccess::open(path, limits);
}

std::string cell_place(std::string_view sheet, Row row, Column column) {
  const bool plain = !sheet.empty() && !(sheet.front() >= '0' && sheet.front() <= '9') &&
                     std::all_of(sheet.begin(), sheet.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '_' || c == '.';
                     });
  return fmt::format("{}!{}", plain ? std::string(sheet) : quoted_sheet_name(sheet),
                     cell_reference(row, column));
}

SourceLocation cell_location(std::string_view file, std::string_view sheet, Row row,
                             Column column) {
  return SourceLocation(fmt::format("{}:{}", file, cell_place(sheet, row, column)), 0, 0);
}

}  // namespace tenderkit::xlsx
