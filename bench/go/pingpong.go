package main

import "time"

// pingPong bounces a value n times between the main goroutine and an echo goroutine over two
// unbuffered channels. Each round trip is two rendezvous and two wake-ups: ns per round trip.
// GOMAXPROCS (1 or 2) is set by the caller.
func pingPong(n int) float64 {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	sum := 0
	start := time.Now()
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	elapsed := time.Since(start)
	close(ping)
	check(sum == n*(n-1)/2+n, "sum %d", sum)
	return float64(elapsed.Nanoseconds()) / float64(n)
}
