// Go unbuffered channel ping-pong between two goroutines: one round trip = a send and a receive
// each way.
package main

import (
	"fmt"
	"time"
)

func main() {
	const N = 1000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for i := 0; i < N; i++ {
			v := <-ping
			pong <- v + 1
		}
	}()
	start := time.Now()
	v := 0
	for i := 0; i < N; i++ {
		ping <- v
		v = <-pong
	}
	elapsed := time.Since(start)
	if v != N {
		panic("bad count")
	}
	fmt.Printf("ns_per_op %.1f\n", float64(elapsed.Nanoseconds())/N)
}
