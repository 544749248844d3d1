//deferlab:title Deferred calls run last-in, first-out
//deferlab:topic defer
//deferlab:seed-section 2.1
//deferlab:chart defer-stack
//deferlab:notice-en Each defer pushes a call onto the goroutine's defer stack; they run in reverse order when the function returns.
//deferlab:notice-en Arguments are evaluated when the defer statement runs, so the deferred Println shows the old value of step.
//deferlab:notice-en The deferred closure reads step when it finally runs, so it sees the last value.
//deferlab:notice-zh 每条 defer 语句把一次调用压入 goroutine 的 defer 栈;函数返回时按相反顺序执行。
//deferlab:notice-zh 参数在执行 defer 语句时就已求值,所以延迟的 Println 打印的是 step 的旧值。
//deferlab:notice-zh 延迟执行的闭包在真正运行时才读取 step,因此看到的是最后的值。
package main

import "fmt"

func example() {
	step := 1
	defer fmt.Println("deferred 1: first registered, runs last")
	defer fmt.Println("deferred 2: step was", step) // step evaluated now: 1
	defer func() {
		fmt.Println("deferred 3: closure sees step =", step) // read at run time: 3
	}()
	step = 3
	fmt.Println("example: body finished, returning")
}

func main() {
	example()
	fmt.Println("main: example returned")
}
