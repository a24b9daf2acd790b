// goxx's own exit statuses (for `goxx run`, the program's status replaces these once it starts).
#pragma once

namespace goxx::driver {

inline constexpr int kExitSuccess = 0;
// The user's input is wrong: unreadable file, not a .gox file, front-end (parse/check) errors, no
// usable C++ compiler or runtime.
inline constexpr int kExitUserError = 1;
// goxx itself failed: the C++ compiler rejected goxx's output, or the cache could not be written.
inline constexpr int kExitInternalError = 3;

} // namespace goxx::driver
