// Starting 1,000,000 goroutines that each block on a channel: ns and bytes each.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

func rssKB() int {
	f, _ := os.Open("/proc/self/status")
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if strings.HasPrefix(s.Text(), "VmRSS:") {
			var kb int
			fmt.Sscanf(strings.TrimPrefix(s.Text(), "VmRSS:"), "%d", &kb)
			return kb
		}
	}
	return 0
}

func main() {
	const N = 1000000
	ch := make(chan int)
	before := rssKB()
	start := time.Now()
	for i := 0; i < N; i++ {
		go func() { <-ch }()
	}
	for runtime.NumGoroutine() < N+1 {
		runtime.Gosched()
	}
	elapsed := time.Since(start)
	after := rssKB()
	fmt.Printf("ns_per_op %.1f\n", float64(elapsed.Nanoseconds())/N)
	fmt.Printf("bytes_per_tasklet %.0f\n", float64(after-before)*1024/N)
}
