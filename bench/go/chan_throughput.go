package main

import "time"

// chanThroughput streams n ints from one producer goroutine to the main goroutine through a channel
// of capacity 128, then closes it. ns per message.
func chanThroughput(n int) float64 {
	ch := make(chan int, 128)
	start := time.Now()
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	elapsed := time.Since(start)
	check(sum == n*(n-1)/2, "sum %d", sum)
	return float64(elapsed.Nanoseconds()) / float64(n)
}
