//deferlab:title Normal exit: every deferred call runs
//deferlab:topic exit
//deferlab:seed-section 2.5
//deferlab:chart exit-paths defer-stack
//deferlab:notice-en On a normal return the defer stack unwinds frame by frame: the callee's defers first, then main's.
//deferlab:notice-en Compare with the next scenario, where the same program panics at the end.
//deferlab:notice-zh 正常返回时 defer 栈逐帧展开:先执行被调用函数的 defer,再执行 main 的。
//deferlab:notice-zh 可以与下一个场景对比:同一个程序在末尾发生 panic。
package main

import "fmt"

func saveReport() {
	defer fmt.Println("saveReport: file closed")
	fmt.Println("saveReport: writing report")
}

func main() {
	defer fmt.Println("main: connection closed")
	defer fmt.Println("main: temp dir removed")

	saveReport()
	fmt.Println("main: returning normally")
}
