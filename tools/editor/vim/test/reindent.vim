" Test driver, sourced by vim-host.js: strips every line's indentation, re-indents the whole buffer with the
" plugin's indentexpr (= on all lines, as a user would), and writes the result to $GOX_DUMP. With
" $GOX_SYNTAX_OFF set, syntax highlighting is off first so the indent script's plain-text scanner is used.
if !empty($GOX_SYNTAX_OFF)
  syntax off
endif
setlocal tabstop=8 shiftwidth=0
silent! %s/^\s\+//
normal! gg=G
call writefile(getline(1, '$'), $GOX_DUMP)
qa!
