package main

import (
	"sync"
	"time"
)

const mutexGoroutines = 8

// mutexCounter has 8 goroutines share n increments of one counter, each under a sync.Mutex.
// ns per Lock+Unlock pair (elapsed / n).
func mutexCounter(n int) float64 {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	start := time.Now()
	wg.Add(mutexGoroutines)
	for g := 0; g < mutexGoroutines; g++ {
		share := n / mutexGoroutines
		if g < n%mutexGoroutines {
			share++
		}
		go func() {
			defer wg.Done()
			for i := 0; i < share; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	check(counter == n, "counter %d, want %d", counter, n)
	return float64(elapsed.Nanoseconds()) / float64(n)
}
