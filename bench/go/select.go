package main

import "time"

// selectTwoProducers has two producer goroutines send n messages in total, half each, on their own
// unbuffered channel; the main goroutine receives all of them with a two-case select. ns per message.
func selectTwoProducers(n int) float64 {
	a := make(chan int)
	b := make(chan int)
	produce := func(out chan<- int, from, to int) {
		for i := from; i < to; i++ {
			out <- i
		}
	}
	start := time.Now()
	go produce(a, 0, n/2)
	go produce(b, n/2, n)
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		}
	}
	elapsed := time.Since(start)
	check(sum == n*(n-1)/2, "sum %d", sum)
	return float64(elapsed.Nanoseconds()) / float64(n)
}
