package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// Streaming through a pipe: a producer writes lines, io.Copy and a Scanner consume them as
// they arrive; concurrent writers are serialized; ReadAll returns what was written.
func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
			fmt.Println("producer wrote", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	wg.Wait()

	pr2, pw2 := io.Pipe()
	go func() {
		io.Copy(pw2, strings.NewReader(strings.Repeat("ab", 3)+"\n"))
		io.WriteString(pw2, "tail\n")
		pw2.Close()
	}()
	n, err := io.Copy(os.Stdout, pr2)
	fmt.Println(n, err)

	pr3, pw3 := io.Pipe()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			pw3.Write([]byte(strings.Repeat(string(rune('a'+i)), 5)))
		}(i)
	}
	go func() { wg.Wait(); pw3.Close() }()
	all, err := io.ReadAll(pr3)
	fmt.Println(len(all), err)
}
