package main

import (
	"sync"
	"sync/atomic"
	"time"
)

// spawnJoin starts n goroutines that each do nothing but count themselves and signal a WaitGroup, then
// waits for all of them. Measures goroutine creation, first run and exit: ns per goroutine. The full
// count is added up front in all three versions because Boost's stand-in for WaitGroup is a latch
// that counts down once.
func spawnJoin(n int) float64 {
	var wg sync.WaitGroup
	var ran atomic.Int64
	start := time.Now()
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			ran.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	check(ran.Load() == int64(n), "%d goroutines ran, want %d", ran.Load(), n)
	return float64(elapsed.Nanoseconds()) / float64(n)
}
