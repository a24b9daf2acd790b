package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// parkedMemory measures what a blocked goroutine costs in memory: it starts n goroutines that all
// block receiving from one channel and compares the resident set before and after. The resident set
// is VmRSS + VmPTE from /proc/self/status, so page tables (which a runtime that maps many small stacks
// pays for) count too. Result: KB (1024 bytes) per parked goroutine.
func parkedMemory(n int) float64 {
	before := residentBytes()
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			finished.Done()
		}()
	}
	started.Wait()
	// Every goroutine has run; give the last ones time to reach the receive and park.
	time.Sleep(100 * time.Millisecond)
	after := residentBytes()
	close(release)
	finished.Wait()
	return float64(after-before) / 1024 / float64(n)
}

// residentBytes returns VmRSS + VmPTE of this process in bytes.
func residentBytes() int64 {
	f, err := os.Open("/proc/self/status")
	check(err == nil, "open /proc/self/status: %v", err)
	defer f.Close()
	var total int64
	fields := 0
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if !strings.HasPrefix(line, "VmRSS:") && !strings.HasPrefix(line, "VmPTE:") {
			continue
		}
		parts := strings.Fields(line)
		check(len(parts) == 3 && parts[2] == "kB", "unexpected line %q", line)
		kb, err := strconv.ParseInt(parts[1], 10, 64)
		check(err == nil, "unexpected line %q", line)
		total += kb * 1024
		fields++
	}
	check(fields == 2, "VmRSS or VmPTE missing from /proc/self/status")
	return total
}
