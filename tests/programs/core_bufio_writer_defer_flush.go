package main

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	var mu sync.Mutex
	var wg sync.WaitGroup
	lines := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			lines[i] = fmt.Sprintf("line %d", i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}
