//deferlab:title Panic at the end: defers run, then the program crashes
//deferlab:topic exit
//deferlab:seed-section 2.5
//deferlab:chart exit-paths panic-recover
//deferlab:notice-en Nobody recovers, yet every deferred call of the panicking goroutine still runs before the crash.
//deferlab:notice-en Only then does the runtime print "panic: ..." with a stack trace on stderr and exit with status 2.
//deferlab:notice-en Deferred cleanup survives a panic; it does not survive os.Exit, a fatal error or a kill signal.
//deferlab:notice-zh 没有任何 recover,但发生 panic 的 goroutine 的所有 defer 仍会在崩溃之前执行。
//deferlab:notice-zh 之后运行时才在 stderr 打印 "panic: ..." 和栈信息,并以状态码 2 退出。
//deferlab:notice-zh defer 清理能挺过 panic,却挺不过 os.Exit、fatal error 或致命信号。
package main

import "fmt"

func saveReport() {
	defer fmt.Println("saveReport: file closed")
	fmt.Println("saveReport: writing report")
	panic("disk full")
}

func main() {
	defer fmt.Println("main: connection closed")
	defer fmt.Println("main: temp dir removed")

	saveReport()
	fmt.Println("main: returning normally (never printed)")
}
