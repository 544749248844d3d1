//deferlab:title panic, recover and defer
//deferlab:topic panic
//deferlab:seed-section 2.4
//deferlab:chart panic-recover defer-stack
//deferlab:notice-en A panic stops the function body, then the goroutine's deferred calls run in LIFO order.
//deferlab:notice-en recover() only works when called directly in a deferred function: here it turns the panic into an error through the named result.
//deferlab:notice-en Defers registered before the recovering one still run afterwards, and main carries on with the next job.
//deferlab:notice-zh panic 会中止函数体,随后该 goroutine 的 defer 按 LIFO 顺序执行。
//deferlab:notice-zh recover() 只有在 defer 函数中被直接调用时才有效:这里它通过命名返回值把 panic 变成了 error。
//deferlab:notice-zh 在它之前注册的 defer 仍会在之后执行,main 会继续处理下一个任务。
package main

import (
	"errors"
	"fmt"
)

func process(job int) (err error) {
	fmt.Printf("job %d: lock taken\n", job)
	defer fmt.Printf("job %d: lock released\n", job) // registered first, runs last

	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // sets the named result
		}
	}()

	if job == 2 {
		var data []int
		_ = data[job] // index out of range: a runtime panic
	}
	if job == 3 {
		panic(errors.New("invalid payload"))
	}
	fmt.Printf("job %d: processed\n", job)
	return nil
}

func main() {
	for job := 1; job <= 3; job++ {
		err := process(job)
		fmt.Printf("main: job %d returned err=%v\n", job, err)
	}
	fmt.Println("main: still running after two panics")
}
