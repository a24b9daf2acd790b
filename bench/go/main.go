// Command bench runs one of goxx's eight concurrency workloads on Go's own runtime, as the reference
// point for the goxx runtime (bench/goxx) and Boost.Fiber (bench/boost).
//
// Usage: bench WORKLOAD [N]
//
// It prints exactly one line, "WORKLOAD VALUE UNIT", on success. Every workload checks its own result
// (a sum, a count, the n-th prime) and exits 1 on a wrong one, so a broken run never yields a number.
// The three implementations share this command line and output format; bench/compare.sh relies on it.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

// A workload runs with n as its size and returns the measured value.
type workload struct {
	name        string
	defaultSize int
	workers     int // GOMAXPROCS; the machine the targets were set on has 2 cores
	unit        string
	run         func(n int) float64
}

var workloads = []workload{
	{"spawn", 1_000_000, 2, "ns/goroutine", spawnJoin},
	{"pingpong2", 1_000_000, 2, "ns/roundtrip", pingPong},
	{"pingpong1", 1_000_000, 1, "ns/roundtrip", pingPong},
	{"chan", 10_000_000, 2, "ns/msg", chanThroughput},
	{"skynet", 1_000_000, 2, "ms", skynet},
	{"sieve", 3_000, 2, "ms", primeSieve},
	{"parked", 1_000_000, 2, "KB/goroutine", parkedMemory},
	{"mutex", 10_000_000, 2, "ns/op", mutexCounter},
	{"select", 5_000_000, 2, "ns/msg", selectTwoProducers},
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: bench WORKLOAD [N]")
	for _, w := range workloads {
		fmt.Fprintf(os.Stderr, "  %-10s default N %d, %s\n", w.name, w.defaultSize, w.unit)
	}
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		usage()
	}
	for _, w := range workloads {
		if w.name != os.Args[1] {
			continue
		}
		n := w.defaultSize
		if len(os.Args) == 3 {
			v, err := strconv.Atoi(os.Args[2])
			if err != nil || v <= 0 {
				usage()
			}
			n = v
		}
		runtime.GOMAXPROCS(w.workers)
		value := w.run(n)
		fmt.Printf("%s %.2f %s\n", w.name, value, w.unit)
		return
	}
	usage()
}

// check ends the process when a workload computed a wrong result.
func check(ok bool, format string, args ...any) {
	if ok {
		return
	}
	fmt.Fprintf(os.Stderr, "bench: wrong result: "+format+"\n", args...)
	os.Exit(1)
}
