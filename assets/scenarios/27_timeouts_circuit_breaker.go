//deferlab:title Request timeouts and a circuit breaker
//deferlab:topic context
//deferlab:seed-section 5
//deferlab:chart context-tree
//deferlab:notice-en Every call to the hung dependency gets its own 100ms context timeout, so a stuck connection cannot hold the caller forever.
//deferlab:notice-en After 3 failures in a row the breaker opens: calls fail fast in 0s without touching the dependency.
//deferlab:notice-en After the cooldown one trial call goes through; it succeeds, so the breaker closes again.
//deferlab:notice-zh 每次调用卡住的依赖都有自己的 100ms context 超时,所以一个卡死的连接无法永远拖住调用方。
//deferlab:notice-zh 连续失败 3 次后熔断器打开:调用在 0 秒内快速失败,完全不接触依赖。
//deferlab:notice-zh 冷却期过后放行一次试探调用;它成功了,于是熔断器重新闭合。
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrOpen = errors.New("circuit open, failing fast")

type Breaker struct {
	failures, threshold int
	cooldown            time.Duration
	openedAt            time.Time
}

func (b *Breaker) Call(timeout time.Duration, fn func(context.Context) error) error {
	// Open: fail fast. After the cooldown (half-open) one trial call goes through.
	if b.failures >= b.threshold && time.Since(b.openedAt) < b.cooldown {
		return ErrOpen
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := fn(ctx); err != nil {
		if b.failures++; b.failures >= b.threshold {
			b.openedAt = time.Now()
		}
		return err
	}
	b.failures = 0
	return nil
}

var inventoryHung = true // the dependency's state; main flips it

// checkInventory calls a dependency whose connection may hang and ignore ctx.
func checkInventory(ctx context.Context) error {
	hung, result := inventoryHung, make(chan error, 1)
	go func() {
		if hung {
			time.Sleep(time.Hour) // stuck on a dead connection
		}
		result <- nil
	}()
	select { // the caller's timeout wins over the hung connection
	case err := <-result:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	br := &Breaker{threshold: 3, cooldown: 500 * time.Millisecond}
	for call := 1; call <= 7; call++ {
		if call == 6 {
			fmt.Println("main: dependency recovers; waiting out the cooldown")
			inventoryHung = false
			time.Sleep(600 * time.Millisecond)
		}
		start := time.Now()
		err := br.Call(100*time.Millisecond, checkInventory)
		fmt.Printf("call %d: err=%v, took %v\n", call, err, time.Since(start).Round(100*time.Millisecond))
	}
}
