// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Test support: reads back the parts of an .xlsx file (a zip of XML files), so that tests can
// check what was written without a spreadsheet program. Enough for files libxlsxwriter writes.

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::test_support {

/// One member of a zip archive.
struct ZipEntry {
  std::string content;
  std::uint16_t dos_time = 0;  ///< as stored: hours, minutes, seconds / 2
  std::uint16_t dos_date = 0;  ///< as stored: years since 1980, month, day
};

inline std::uint32_t little_endian(std::string_view bytes, std::size_t at, std::size_t size) {
  if (at + size > bytes.size()) {
    throw std::runtime_error("zip: truncated");
  }
  std::uint32_t value = 0;
  for (std::size_t i = size; i > 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i - 1]);
  }
  return value;
}

inline std::string inflate_raw(std::string_view compressed, std::size_t size) {
  std::string out(size, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    throw std::runtime_error("zip: inflateInit2");
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    throw std::runtime_error("zip: inflate failed");
  }
  return out;
}

/// Every member of the zip file at `path`, by name; throws when it is not a readable zip.
inline std::map<std::string, ZipEntry> read_zip(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();
  const std::size_t end_record = bytes.rfind(std::string("PK\x05\x06", 4));
  if (end_record == std::string::npos) {
    throw std::runtime_error("zip: no end of central directory in " + path);
  }
  const std::uint32_t entries = little_endian(bytes, end_record + 10, 2);
  std::size_t at = little_endian(bytes, end_record + 16, 4);
  std::map<std::string, ZipEntry> members;
  for (std::uint32_t i = 0; i < entries; ++i) {
    if (little_endian(bytes, at, 4) != 0x02014b50) {
      throw std::runtime_error("zip: bad central directory entry");
    }
    ZipEntry entry;
    const std::uint32_t method = little_endian(bytes, at + 10, 2);
    entry.dos_time = static_cast<std::uint16_t>(little_endian(bytes, at + 12, 2));
    entry.dos_date = static_cast<std::uint16_t>(little_endian(bytes, at + 14, 2));
    const std::uint32_t compressed_size = little_endian(bytes, at + 20, 4);
    const std::uint32_t size = little_endian(bytes, at + 24, 4);
    const std::uint32_t name_length = little_endian(bytes, at + 28, 2);
    const std::uint32_t extra_length = little_endian(bytes, at + 30, 2);
    const std::uint32_t comment_length = little_endian(bytes, at + 32, 2);
    const std::uint32_t local = little_endian(bytes, at + 42, 4);
    const std::string name = bytes.substr(at + 46, name_length);
    const std::size_t data =
        local + 30 + little_endian(bytes, local + 26, 2) + little_endian(bytes, local + 28, 2);
    const std::string_view stored = std::string_view(bytes).substr(data, compressed_size);
    entry.content = method == 0 ? std::string(stored) : inflate_raw(stored, size);
    members.emplace(name, std::move(entry));
    at += 46 + name_length + extra_length + comment_length;
  }
  return members;
}

/// Undoes the five predefined XML entities.
inline std::string xml_unescape(std::string_view s) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    for (const auto& [entity, character] : kEntities) {
      if (s.substr(i, entity.size()) == entity) {
        out += character;
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      out += s[i++];
    }
  }
  return out;
}

/// The text between `<tag ...>` and `</tag>` starting at or after `from`, or nothing.
inline std::optional<std::string> element_text(std::string_view xml, std::string_view tag,
                                               std::size_t from = 0) {
  const std::string open = "<" + std::string(tag);
  for (std::size_t at = xml.find(open, from); at != std::string_view::npos;
       at = xml.find(open, at + 1)) {
    const char after = xml[at + open.size()];
    if (after != '>' && after != ' ') {
      continue;  // a longer tag name
    }
    const std::size_t content = xml.find('>', at);
    if (xml[content - 1] == '/') {
      return std::string();
    }
    const std::size_t close = xml.find("</" + std::string(tag) + ">", content);
    return std::string(xml.substr(content + 1, close - content - 1));
  }
  return std::nullopt;
}

/// The value of attribute `name` in the start tag beginning at `at`, or nothing.
inline std::optional<std::string> attribute(std::string_view xml, std::size_t at,
                                            std::string_view name) {
  const std::size_t end = xml.find('>', at);
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t found = xml.substr(at, end - at).find(key);
  if (found == std::string_view::npos) {
    return std::nullopt;
  }
  const std::size_t value = at + found + key.size();
  return std::string(xml.substr(value, xml.find('"', value) - value));
}

/// An xlsx file read back: its shared strings and its sheets.
class XlsxReader {
 public:
  explicit XlsxReader(const std::string& path) : members_(read_zip(path)) {
    const std::string& strings = part("xl/sharedStrings.xml");
    for (std::size_t at = strings.find("<si>"); at != std::string::npos;
         at = strings.find("<si>", at + 1)) {
      shared_.push_back(xml_unescape(element_text(strings, "t", at).value_or("")));
    }
  }

  /// A member's content, or "" when there is none.
  const std::string& part(const std::string& name) const {
    static const std::string kNone;
    const auto found = members_.find(name);
    return found == members_.end() ? kNone : found->second.content;
  }

  const std::map<std::string, ZipEntry>& members() const { return members_; }
  const std::vector<std::string>& shared_strings() const { return shared_; }

  /// The sheet names in workbook order.
  std::vector<std::string> sheet_names() const {
    std::vector<std::string> names;
    const std::string& workbook = part("xl/workbook.xml");
    for (std::size_t at = workbook.find("<sheet "); at != std::string::npos;
         at = workbook.find("<sheet ", at + 1)) {
      names.push_back(xml_unescape(attribute(workbook, at, "name").value_or("")));
    }
    return names;
  }

  /// The XML of the sheet at `index` (from 0, in workbook order).
  const std::string& sheet_xml(std::size_t index) const {
    return part("xl/worksheets/sheet" + std::to_string(index + 1) + ".xml");
  }

  /// One cell as written: its type attribute, formula and value (shared strings resolved).
  struct Cell {
    std::string type;  ///< "s" shared or "inlineStr" inline string, "str" formula text, "" number
    std::optional<std::string> formula;
    std::string value;
    std::string style;
  };

  /// The cell `reference` ("B5") of sheet `index`, or nothing when it was not written.
  std::optional<Cell> cell(std::size_t index, std::string_view reference) const {
    const std::string& xml = sheet_xml(index);
    const std::size_t at = xml.find("<c r=\"" + std::string(reference) + "\"");
    if (at == std::string::npos) {
      return std::nullopt;
    }
    Cell cell;
    cell.type = attribute(xml, at, "t").value_or("");
    cell.style = attribute(xml, at, "s").value_or("");
    const std::size_t end = xml.find('>', at);
    if (xml[end - 1] == '/') {
      return cell;
    }
    const std::string_view body =
        std::string_view(xml).substr(end + 1, xml.find("</c>", end) - end - 1);
    if (const auto formula = element_text(body, "f")) {
      cell.formula = xml_unescape(*formula);
    }
    std::string value = xml_unescape(element_text(body, "v").value_or(""));
    if (cell.type == "s") {
      value = shared_.at(std::stoul(value));
    } else if (cell.type == "inlineStr") {
      value = xml_unescape(element_text(body, "t").value_or(""));
    }
    cell.value = value;
    return cell;
  }

  /// The solid fill colour ("FFFFC7CE") of cell style `style` ("" or an index), or "".
  std::string fill_of_style(const std::string& style) const {
    const std::string& styles = part("xl/styles.xml");
    const auto nth = [&](std::string_view list, std::string_view item,
                         std::size_t index) -> std::size_t {
      std::size_t at = styles.find(list);
      for (std::size_t i = 0; at != std::string::npos && i <= index; ++i) {
        at = styles.find(item, at + 1);
      }
      return at;
    };
    const std::size_t xf = nth("<cellXfs", "<xf ", style.empty() ? 0 : std::stoul(style));
    const std::string fill_id = attribute(styles, xf, "fillId").value_or("0");
    const std::size_t fill = nth("<fills", "<fill>", std::stoul(fill_id));
    const std::size_t end = styles.find("</fill>", fill);
    const std::size_t color = styles.find("<fgColor ", fill);
    if (color == std::string::npos || color > end) {
      return "";
    }
    return attribute(styles, color, "rgb").value_or("");
  }

  /// The first row (from 1) of sheet `index` whose cell in `column` ("A") holds `text`, or 0.
  std::size_t find_row(std::size_t index, std::string_view column, std::string_view text,
                       std::size_t last_row = 500) const {
    for (std::size_t row = 1; row <= last_row; ++row) {
      const auto found = cell(index, std::string(column) + std::to_string(row));
      if (found && found->value == text) {
        return row;
      }
    }
    return 0;
  }

 private:
  std::map<std::string, ZipEntry> members_;
  std::vector<std::string> shared_;
};

}  // namespace tenderkit::test_support
