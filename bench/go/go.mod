module goxx.dev/bench

go 1.19
