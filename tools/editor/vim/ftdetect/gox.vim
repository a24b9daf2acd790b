" Filetype detection for goxx source files: *.gox is Go syntax compiled to C++ by goxx.
autocmd BufRead,BufNewFile *.gox setfiletype gox
