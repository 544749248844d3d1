// Checks: package flag without command-line arguments: every flag keeps its default.
package main

import (
	"flag"
	"fmt"
	"time"
)

var grace = flag.Duration("grace", 15*time.Second, "shutdown grace period")

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	workers := flag.Int("workers", 4, "worker count")
	var verbose bool
	flag.BoolVar(&verbose, "v", false, "verbose logging")
	var drain time.Duration
	flag.DurationVar(&drain, "drain", 2*time.Second, "drain time")
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println(*addr, *workers, verbose, *grace, drain, flag.NArg(), flag.Args(), flag.Parsed())
	fmt.Printf("%T %v\n", grace, *grace+time.Second)
}
