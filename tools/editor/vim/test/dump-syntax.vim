" Test driver, sourced by vim-host.js after Vim has started with this plugin on its runtimepath and the files
" under test as arguments. Writes to $GOX_DUMP one JSON object keyed by file name (as given on the command
" line): the detected filetype, the loaded syntax, commentstring, indentexpr, and for every line the name of
" the syntax group at each byte column (innermost item, transparent items resolved).
let s:result = {}
for s:i in range(argc())
  let s:file = argv(s:i)
  execute 'silent edit!' fnameescape(s:file)
  let s:rows = []
  for s:lnum in range(1, line('$'))
    let s:row = []
    for s:col in range(1, len(getline(s:lnum)))
      call add(s:row, synIDattr(synID(s:lnum, s:col, 1), 'name'))
    endfor
    call add(s:rows, s:row)
  endfor
  let s:result[s:file] = {'filetype': &filetype, 'syntax': get(b:, 'current_syntax', ''),
        \ 'commentstring': &commentstring, 'indentexpr': &indentexpr, 'rows': s:rows}
endfor
call writefile([json_encode(s:result)], $GOX_DUMP)
qa!
