package main

import "time"

// primeSieve is the concurrent prime sieve: a generator goroutine feeds 2, 3, 4, ... into a chain of
// filter goroutines, one per prime found so far, all linked by unbuffered channels. Finding n primes
// leaves n filters running; they die with the process. Milliseconds for n primes.
func primeSieve(n int) float64 {
	start := time.Now()
	ch := make(chan int)
	go generateNaturals(ch)
	last := 0
	for i := 0; i < n; i++ {
		last = <-ch
		next := make(chan int)
		go filterMultiples(ch, next, last)
		ch = next
	}
	elapsed := time.Since(start)
	want := nthPrime(n)
	check(last == want, "prime #%d is %d, want %d", n, last, want)
	return float64(elapsed.Nanoseconds()) / 1e6
}

func generateNaturals(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filterMultiples(in <-chan int, out chan<- int, prime int) {
	for {
		if v := <-in; v%prime != 0 {
			out <- v
		}
	}
}

// nthPrime is the sequential check for the sieve's answer (trial division; n is small).
func nthPrime(n int) int {
	count := 0
	for c := 2; ; c++ {
		isPrime := true
		for d := 2; d*d <= c; d++ {
			if c%d == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			count++
			if count == n {
				return c
			}
		}
	}
}
