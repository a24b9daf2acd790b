package main

import "time"

// skynet builds a tree of goroutines with fan-out 10 down to n leaves (n a power of 10); leaf i sends
// its index, every inner node sends the sum of what its children sent on its own unbuffered channel.
// About 1.11·n goroutines in all. Milliseconds for the whole tree.
func skynet(n int) float64 {
	check(isPowerOf10(n), "skynet size %d is not a power of 10", n)
	result := make(chan int)
	start := time.Now()
	go skynetNode(result, 0, n)
	sum := <-result
	elapsed := time.Since(start)
	check(sum == n*(n-1)/2, "sum %d", sum)
	return float64(elapsed.Nanoseconds()) / 1e6
}

const skynetFanOut = 10

func skynetNode(out chan<- int, first, size int) {
	if size == 1 {
		out <- first
		return
	}
	children := make(chan int)
	step := size / skynetFanOut
	for i := 0; i < skynetFanOut; i++ {
		go skynetNode(children, first+i*step, step)
	}
	sum := 0
	for i := 0; i < skynetFanOut; i++ {
		sum += <-children
	}
	out <- sum
}

func isPowerOf10(n int) bool {
	for n > 1 && n%10 == 0 {
		n /= 10
	}
	return n == 1
}
